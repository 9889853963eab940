package xsh.cfg.domain;

import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.WholeNumber;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.Operator;
import xsh.cfg.raw.Setting;

/**
 * The grant table limits. xl reads them with warnings turned off and exits 1 on any value
 * that is not a number in 0..INT_MAX, printing nothing; xsh says what is wrong.
 */
final class GrantLimitsReader {

    private static final long INT_MAX = Integer.MAX_VALUE;

    private final ReadContext ctx;

    GrantLimitsReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        b.grants = new GrantLimits(bounded("max_grant_frames"), bounded("max_maptrack_frames"),
                bounded("max_grant_version"));
    }

    private OptionalLong bounded(String key) {
        Optional<Setting> setting = ctx.setting(key);
        if (setting.isEmpty()) {
            return OptionalLong.empty();
        }
        String problem = problem(setting.get());
        if (problem != null) {
            throw ctx.fail(key, "`" + key + "` " + problem + " (xl exits here without a message)");
        }
        return ctx.quietNumber(key);
    }

    private static String problem(Setting setting) {
        if (!(setting.value() instanceof Atom atom)) {
            return "must be a single number from 0 to " + INT_MAX + ", not a list";
        }
        if (setting.operator() == Operator.ADD) {
            return "is set with +=, which xl never reads as a number";
        }
        WholeNumber n = CNumbers.wholeLong(atom.text());
        if (!n.ok() || n.value() < 0 || n.value() > INT_MAX) {
            return "must be a number from 0 to " + INT_MAX + ", not `" + atom.text() + "`";
        }
        return null;
    }
}
