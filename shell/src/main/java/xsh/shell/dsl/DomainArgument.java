package xsh.shell.dsl;

import xsh.error.XshException;

/**
 * A domain as a script names it: a {@link Domain} a call returned, a name, or a domid. It
 * becomes the word a command would be given, which the toolstack resolves as every command
 * resolves it. A {@link Domain} stands for its name, not its domid, so that it still finds the
 * domain after a reboot or a restore gave it a new domid (a name of digits only, which xl would
 * read as a domid, goes by its domid).
 */
final class DomainArgument {

    private DomainArgument() {
    }

    /**
     * @throws XshException {@code pause: a domain is a Domain, a name or a domid, not [1, 2] (ArrayList)}
     */
    static String of(String method, Object domain) {
        if (domain instanceof Domain d) {
            return allDigits(d.getName()) ? Integer.toUnsignedString(d.getId()) : d.getName();
        }
        if (domain instanceof CharSequence text) {
            return text.toString();
        }
        if (domain instanceof Integer || domain instanceof Long || domain instanceof Short) {
            long id = ((Number) domain).longValue();
            if (id >= 0) {
                return Long.toString(id);
            }
        }
        throw new XshException(method + ": a domain is a Domain, a name or a domid, not " + Settings.shown(domain), 1);
    }

    private static boolean allDigits(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
