package dev.atrium.app.deploy;

/** Text placed in an XML attribute or element of a container's configuration file. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
