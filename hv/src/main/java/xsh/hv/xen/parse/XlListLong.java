package xsh.hv.xen.parse;

import groovy.json.JsonException;
import groovy.json.JsonSlurper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code xl list -l} in xl's default JSON output format: an array of
 * {@code {"domid": N, "config": {libxl_domain_config}}}, read into domid -> config as
 * {@link JsonSlurper} gives it (maps, lists, strings, numbers). xl leaves out the domains
 * whose config it cannot retrieve (Domain-0 usually, domains being built or destroyed), so the
 * map may lack any of them. Both pretty-printers xl has used read the same way: yajl's
 * (4 spaces, an empty object as a blank line between braces, an empty list as {@code [}
 * blank {@code ]}) and json-c's (2 spaces, {@code { }}).
 *
 * <p>Numbers are JsonSlurper's Integer, Long or BigDecimal. A uint64 above Long's range wraps
 * to a negative Long (JsonSlurper's doing); libxl writes such values only as its {@code ~0}
 * "default" markers, which it leaves out of the JSON, and -1 is what they are as signed.
 */
public final class XlListLong {

    private static final Pattern JSON_LINE = Pattern.compile("line number (\\d+)");

    private XlListLong() {
    }

    public static Map<Integer, Map<String, Object>> parse(String stdout) {
        Map<Integer, Map<String, Object>> configs = new LinkedHashMap<>();
        if (stdout.isBlank()) {
            return configs;
        }
        Object json = slurp(stdout);
        if (!(json instanceof List<?> entries)) {
            throw new IllegalArgumentException("line 1: not xl list -l's JSON array (is output_format \"sxp\" in xl.conf?): '"
                    + Lines.of(stdout).get(0).text() + "'");
        }
        int index = 0;
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("domid") instanceof Number domid)
                    || !(map.get("config") instanceof Map<?, ?> config)) {
                throw new IllegalArgumentException("element " + index + " of xl list -l: not {\"domid\": N, \"config\": {...}}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) config;
            configs.put(domid.intValue(), typed);
            index++;
        }
        return configs;
    }

    private static Object slurp(String text) {
        try {
            return new JsonSlurper().parseText(text);
        } catch (JsonException e) {
            List<Lines.Line> lines = Lines.of(text);
            Matcher m = JSON_LINE.matcher(String.valueOf(e.getMessage()));
            int number = m.find() ? Integer.parseInt(m.group(1)) : 1;
            String line = number >= 1 && number <= lines.size() ? lines.get(number - 1).text() : "";
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("bad JSON");
            throw new IllegalArgumentException("line " + number + ": not JSON (" + reason + "): '" + line + "'", e);
        }
    }
}
