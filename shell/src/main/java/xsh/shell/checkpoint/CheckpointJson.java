package xsh.shell.checkpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.toolstack.checkpoint.Checkpoint;

/** Checkpoints as {@code --json} gives them: one object each, in the catalog's order. */
final class CheckpointJson {

    private CheckpointJson() {
    }

    static List<Map<String, Object>> of(List<CheckpointRow> rows) {
        return rows.stream().map(CheckpointJson::of).toList();
    }

    static Map<String, Object> of(CheckpointRow row) {
        Checkpoint c = row.checkpoint();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("reference", c.reference());
        json.put("domain", c.domain());
        json.put("taken", c.taken().toString());
        json.put("image", c.image().toString());
        json.put("bytes", c.imageBytes());
        json.put("sha256", c.imageSha256());
        json.put("config", c.config().toString());
        json.put("snapshot", c.snapshots().isEmpty() ? null : String.join(",", c.snapshots()));
        json.put("snapshots", c.snapshots());
        json.put("pause_ms", c.pauseMillis());
        json.put("state", row.state());
        json.put("problems", row.problems());
        return json;
    }
}
