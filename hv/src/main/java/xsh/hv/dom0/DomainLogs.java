package xsh.hv.dom0;

import java.util.List;
import java.util.Optional;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/**
 * A domain's logs on its Dom0, by name, as xl and QEMU write them: the monitor's
 * {@code xl-NAME.log}, then the device model's {@code qemu-dm-NAME.log}. Logs outlive their
 * domains, so the name need not be a live domain's; a domid is taken for the live domain's name.
 */
public final class DomainLogs {

    /** One log file of the domain, and its text if the file exists. */
    public record DomainLog(String path, Optional<String> text) {
    }

    private DomainLogs() {
    }

    public static List<DomainLog> read(Hypervisor hv, String domain) {
        String name = domain.matches("\\d{1,9}")
                ? hv.domain(Integer.parseInt(domain)).map(DomainInfo::name).orElse(domain)
                : domain;
        Dom0Layout layout = hv.dom0Layout();
        return List.of(layout.xlLog(name), layout.qemuLog(name)).stream()
                .map(path -> new DomainLog(path, hv.readHostFile(path)))
                .toList();
    }

    /** The last {@code count} lines of {@code text}, as {@code tail -n} gives them. */
    public static List<String> lastLines(String text, int count) {
        List<String> lines = text.lines().toList();
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }
}
