package xsh.hv

import spock.lang.Specification

/** libxl's and libxc's error lines read back into where they were logged, the domain and the words: LogSite's prefix undone. */
class LoggedLineSpec extends Specification {

    def "#line -> #words"() {
        when:
        def logged = LoggedLine.of(line)

        then:
        logged.isPresent()
        logged.get().words() == words
        logged.get().site() == site
        logged.get().domid() == domid
        logged.get().site().prefix(domid) + words == line.replace('critical', 'error')

        where:
        line                                                                                         || site                                                           | domid                | words
        'libxl: error: libxl_create.c:1310:libxl__domain_config_setdefault: Domain 1:domain id recently used' || LogSite.libxlDomain('libxl_create.c', 1310, 'libxl__domain_config_setdefault') | OptionalInt.of(1) | 'domain id recently used'
        'libxl: error: libxl_create.c:1638:domcreate_rebuild_done: Domain 12:cannot (re-)build domain: -3'     || LogSite.libxlDomain('libxl_create.c', 1638, 'domcreate_rebuild_done') | OptionalInt.of(12) | 'cannot (re-)build domain: -3'
        'libxl: critical: libxl_dom.c:99:f: out of memory'                                          || LogSite.libxl('libxl_dom.c', 99, 'f')                          | OptionalInt.empty()  | 'out of memory'
        'xc: error: panic: xg_dom_core.c:205: failed to open file: No such file or directory'       || LogSite.libxcPanic('xg_dom_core.c', 205)                       | OptionalInt.empty()  | 'failed to open file: No such file or directory'
    }

    def "any other line is not libxl's, and is its own words: #line"() {
        expect:
        !LoggedLine.of(line).isPresent()
        LoggedLine.wordsOf(line) == line

        where:
        line << ['Parsing config from <saved>', 'libxl: debug: libxl_create.c:1:f: Domain 1:chatter', 'Domain 1:Unpausing domain: Invalid argument',
                 'Failed to save domain, resuming domain']
    }
}
