package xsh.cfg.vif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The COLO settings a vif accepts. Each is a plain string copied into the libxl field of
 * the same name, except {@code forwarddev}, whose field is {@code coloft_forwarddev}.
 * The list is in libxl's field order, which is the order the dry-run JSON uses.
 */
final class ColoFields {

    static final List<String> LIBXL_ORDER = build();

    private ColoFields() {
    }

    /** The libxl field for an xl key, or null when the key is not a COLO setting. */
    static String fieldFor(String xlKey) {
        if (xlKey.equals("forwarddev")) {
            return "coloft_forwarddev";
        }
        return xlKey.startsWith("colo_") && LIBXL_ORDER.contains(xlKey) ? xlKey : null;
    }

    private static List<String> build() {
        List<String> fields = new ArrayList<>();
        fields.add("coloft_forwarddev");
        socket(fields, "colo_sock_mirror");
        socket(fields, "colo_sock_compare_pri_in");
        socket(fields, "colo_sock_compare_sec_in");
        socket(fields, "colo_sock_compare_notify");
        socket(fields, "colo_sock_redirector0");
        socket(fields, "colo_sock_redirector1");
        socket(fields, "colo_sock_redirector2");
        fields.add("colo_filter_mirror_queue");
        fields.add("colo_filter_mirror_outdev");
        filter(fields, "colo_filter_redirector0");
        filter(fields, "colo_filter_redirector1");
        fields.add("colo_compare_pri_in");
        fields.add("colo_compare_sec_in");
        fields.add("colo_compare_out");
        fields.add("colo_compare_notify_dev");
        socket(fields, "colo_sock_sec_redirector0");
        socket(fields, "colo_sock_sec_redirector1");
        filter(fields, "colo_filter_sec_redirector0");
        filter(fields, "colo_filter_sec_redirector1");
        fields.add("colo_filter_sec_rewriter0_queue");
        fields.add("colo_checkpoint_host");
        fields.add("colo_checkpoint_port");
        return Collections.unmodifiableList(fields);
    }

    private static void socket(List<String> fields, String prefix) {
        fields.add(prefix + "_id");
        fields.add(prefix + "_ip");
        fields.add(prefix + "_port");
    }

    private static void filter(List<String> fields, String prefix) {
        fields.add(prefix + "_queue");
        fields.add(prefix + "_indev");
        fields.add(prefix + "_outdev");
    }
}
