package xsh.shell.zfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.toolstack.zfs.ZfsTable;

/**
 * {@code zfs list --json} and {@code zfs get --json} in xsh: an array with one object per row,
 * keyed by property name (list: {@code {"name": "tank", "used": "364K", ...}}; get:
 * {@code {"name", "property", "value", "source"}}), values as the table shows them, so
 * {@code -p} gives parsable ones.
 */
public final class ZfsJson {

    private ZfsJson() {
    }

    public static String render(ZfsTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                object.put(table.columns().get(i).key(), row.get(i));
            }
            rows.add(object);
        }
        return JsonWriter.write(rows, JsonStyle.PRETTY) + "\n";
    }
}
