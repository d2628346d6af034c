package dev.atrium.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** A name for this node in shared tables (who runs a job): the host and a random suffix per start. */
final class NodeId {

    private NodeId() {
    }

    static String of() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }
}
