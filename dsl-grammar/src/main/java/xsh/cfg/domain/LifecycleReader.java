package xsh.cfg.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The five {@code on_*} keys. Spellings are exact and case-sensitive; an unknown one is
 * fatal at parse time with xl's message.
 */
final class LifecycleReader {

    private final ReadContext ctx;

    LifecycleReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        Map<ShutdownEvent, LifecycleAction> given = new EnumMap<>(ShutdownEvent.class);
        for (ShutdownEvent event : ShutdownEvent.values()) {
            Optional<String> value = ctx.string(event.key());
            if (value.isEmpty()) {
                continue;
            }
            LifecycleAction action = LifecycleAction.fromXlName(value.get()).orElseThrow(() ->
                    ctx.fail(event.key(), "Unknown " + event.key() + " action \"" + value.get() + "\" specified"
                            + " (expected one of " + LifecycleAction.xlNames() + ")"));
            given.put(event, action);
        }
        b.lifecycle = LifecycleActions.of(given);
    }
}
