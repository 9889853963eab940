package xsh.cfg.vif;

/**
 * The {@code vif.default.*} settings of {@code /etc/xen/xl.conf}. xl copies them into every
 * vif before reading its keys, so they show in the dry-run JSON as if written in the vif.
 * A null field means "not set in xl.conf".
 */
public record VifDefaults(String script, String bridge, String gatewaydev, String backend) {

    /** No xl.conf defaults: what a stock xl.conf gives. */
    public static final VifDefaults NONE = new VifDefaults(null, null, null, null);
}
