package xsh.hv.xen;

import java.util.Map;

/** Reading libxl's JSON as JsonSlurper gives it, where any key may be missing or of another type. */
final class LibxlMaps {

    private LibxlMaps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent != null && parent.get(key) instanceof Map<?, ?> child ? (Map<String, Object>) child : Map.of();
    }

    static String string(Map<String, Object> map, String key, String absent) {
        return map.get(key) instanceof String s ? s : absent;
    }

    static long number(Map<String, Object> map, String key, long absent) {
        return map.get(key) instanceof Number n ? n.longValue() : absent;
    }
}
