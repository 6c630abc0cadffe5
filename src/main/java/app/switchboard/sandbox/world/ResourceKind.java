package app.switchboard.sandbox.world;

/** The read-only seeded resource families, with their SID prefix. */
public enum ResourceKind {
    PHONE_NUMBER("PN"), APPLICATION("AP"), SIP_DOMAIN("SD"), SHORT_CODE("SC"), SINK("DG");

    public final String prefix;

    ResourceKind(String prefix) {
        this.prefix = prefix;
    }
}
