package xsh.shell.completion;

import java.util.List;

/**
 * What a positional or an option value of a command is, for Tab: a domain (in a state the
 * command accepts), a file of a kind, a cpupool, a dataset or snapshot, a host, or one of a
 * few fixed words.
 *
 * @param kind   what is offered
 * @param filter for a domain: which domains
 * @param words  for fixed words: them
 */
record Argument(Kind kind, DomainFilter filter, List<String> words) {

    enum Kind {
        DOMAIN, DOMAIN_ID, CONFIG_FILE, SAVE_FILE, CONFIG_OR_SAVE_FILE, ANY_FILE, CONFIG_FILE_OR_POOL_SETTING, POOL,
        HOST, MIGRATION_TARGET, DATASET, SNAPSHOT, DATASET_OR_SNAPSHOT, NEW_DATASET, NEW_SNAPSHOT, COMMAND, WORDS, NOTHING
    }

    static final Argument NOTHING = of(Kind.NOTHING);

    static Argument of(Kind kind) {
        return new Argument(kind, DomainFilter.ANY, List.of());
    }

    static Argument domain(DomainFilter filter) {
        return new Argument(Kind.DOMAIN, filter, List.of());
    }

    static Argument domid(DomainFilter filter) {
        return new Argument(Kind.DOMAIN_ID, filter, List.of());
    }

    static Argument words(String... words) {
        return new Argument(Kind.WORDS, DomainFilter.ANY, List.of(words));
    }
}
