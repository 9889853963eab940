package xsh.shell.completion;

import xsh.hv.DomainInfo;

/** What completion needs to know of a domain: its name, its id and the state flags that decide which commands take it. */
record DomainEntry(int domid, String name, boolean paused, boolean shutdown, boolean dying) {

    static DomainEntry of(DomainInfo info) {
        return new DomainEntry(info.domid(), info.name(), info.state().paused(), info.state().isShutdown(),
                info.state().dying());
    }

    boolean isDomain0() {
        return domid == DomainInfo.DOMAIN_0;
    }
}
