package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;

/**
 * Hyper-V enlightenments for HVM guests: {@code viridian=1}/{@code 0}, or a list of
 * enlightenment names where {@code defaults} turns the default set on, {@code all} every
 * one, and {@code !name} removes one. Names were checked against libxl's list.
 */
public record Viridian(Optional<Boolean> enabled, List<String> enlightenments) {

    /** libxl's enlightenment names, in the order of its bit numbers. */
    public static final List<String> ENLIGHTENMENTS = List.of("base", "freq", "time_ref_count", "reference_tsc",
            "hcall_remote_tlb_flush", "apic_assist", "crash_ctl", "synic", "stimer", "hcall_ipi",
            "ex_processor_masks", "no_vp_limit", "cpu_hotplug");

    public Viridian {
        enlightenments = List.copyOf(enlightenments);
    }

    public static Viridian unset() {
        return new Viridian(Optional.empty(), List.of());
    }

    /** The bit number of an enlightenment name (libxl reads names without regard to case). */
    public static int bitOf(String name) {
        for (int i = 0; i < ENLIGHTENMENTS.size(); i++) {
            if (ENLIGHTENMENTS.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
