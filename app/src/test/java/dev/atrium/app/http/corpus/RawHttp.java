package dev.atrium.app.http.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: it sends exactly the request line,
 * headers and bytes it is given (a path no URI class accepts, a GET with a body, a lying
 * Content-Length), which a real HTTP client refuses to do.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI base;

    RawHttp(URI base) {
        this.base = base;
    }

    /** @param headers sent in order, as given; Host and Connection: close are added, Content-Length when absent */
    Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null && headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Content-Length")
                    || name.equalsIgnoreCase("Transfer-Encoding"))) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException refusedEarly) {
                // the server may answer (413, 414) and close before all is sent; its answer still counts
            }
            boolean noBody = method.equals("HEAD");
            return Answer.parse(readAll(socket.getInputStream(), noBody), noBody);
        } catch (IOException e) {
            String shown = target.length() > 200 ? target.substring(0, 200) + "…" : target;
            throw new UncheckedIOException(method + " " + shown + ": " + e.getMessage(), e);
        }
    }

    /** Reads until the answer is complete (by Content-Length or the last chunk), or the server closes. */
    private static byte[] readAll(InputStream in, boolean noBody) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
                if (Answer.isComplete(all.toByteArray(), noBody)) {
                    break;
                }
            }
        } catch (SocketException reset) {
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    /** One answer: status, headers by lower-case name, and the body with any chunked framing removed. */
    record Answer(int status, Map<String, String> headers, String body) {

        private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] LAST_CHUNK = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Answer parse(byte[] raw, boolean noBody) {
            int end = indexOf(raw, 0, HEAD_END);
            if (end < 0) {
                throw new IllegalStateException("no complete HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
            }
            String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] body = noBody ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        static boolean isComplete(byte[] raw, boolean noBody) {
            int end = indexOf(raw, 0, HEAD_END);
            if (end < 0) {
                return false;
            }
            if (noBody) {
                return true;
            }
            String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            int at = head.indexOf("\r\ncontent-length:");
            if (at >= 0) {
                int lineEnd = head.indexOf("\r\n", at + 2);
                String value = head.substring(at + 17, lineEnd < 0 ? head.length() : lineEnd).trim();
                return raw.length - end - 4 >= Long.parseLong(value);
            }
            return head.contains("\r\ntransfer-encoding: chunked") && indexOf(raw, end, LAST_CHUNK) >= 0;
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, at, new byte[] {'\r', '\n'});
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                body.write(chunked, lineEnd + 2, length);
                at = lineEnd + 2 + length + 2;
            }
            return body.toByteArray();
        }

        private static int indexOf(byte[] data, int from, byte[] needle) {
            outer:
            for (int i = from; i <= data.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
