package xsh.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of domain configurations shaped like the ones admins write (the seeds' PV, HVM
 * and PVH guests): comments, a few disks and vifs, cpu pinning, lifecycle actions, varied
 * names, sizes and layout. Deterministic for a given seed.
 */
public final class RealisticConfigs {

    private RealisticConfigs() {
    }

    public static List<byte[]> generate(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> configs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            configs.add(one(random, i).getBytes(StandardCharsets.UTF_8));
        }
        return configs;
    }

    static String one(Random random, int index) {
        String name = pick(random, "debian", "freebsd", "netbsd", "web", "db", "mail", "build") + "-" + index;
        StringBuilder out = new StringBuilder();
        out.append("# ").append(name).append(": managed by xsh\n");
        switch (random.nextInt(3)) {
            case 0 -> out.append("type = \"pv\"\nkernel = \"/boot/vmlinuz-6.1.0-18-amd64\"\n")
                    .append("ramdisk = \"/boot/initrd.img-6.1.0-18-amd64\"\n")
                    .append("extra = \"root=/dev/xvda1 ro console=hvc0\"\n");
            case 1 -> out.append("type = \"hvm\"\nboot = \"c\"\nvnc = 1\nvnclisten = \"0.0.0.0\"\n")
                    .append("serial = \"pty\"\nusbdevice = 'tablet'\n");
            default -> out.append("type = \"pvh\"\nkernel = \"/boot/kernel/kernel\"\n")
                    .append("cmdline = \"vfs.root.mountfrom=ufs:/dev/ada0p2\"\n");
        }
        out.append("name = \"").append(name).append("\"\n");
        out.append("memory = ").append(256 << random.nextInt(6)).append('\n');
        if (random.nextBoolean()) {
            out.append("maxmem = ").append(4096).append('\n');
        }
        out.append("vcpus = ").append(1 + random.nextInt(4)).append('\n');
        if (random.nextInt(3) == 0) {
            out.append("cpus = \"").append(random.nextInt(4)).append("-7,^").append(5).append("\"\n");
        }
        out.append("\n# storage\ndisk = [\n");
        int disks = 1 + random.nextInt(3);
        for (int d = 0; d < disks; d++) {
            out.append("    'phy:/dev/zvol/zroot/").append(name).append("-disk").append(d)
                    .append(",xvd").append((char) ('a' + d)).append(",w',\n");
        }
        if (random.nextInt(4) == 0) {
            out.append("    '/var/lib/iso/install.iso,raw,hdc,cdrom',\n");
        }
        out.append("]\n\nvif = [ ");
        int vifs = 1 + random.nextInt(2);
        for (int v = 0; v < vifs; v++) {
            out.append(v == 0 ? "" : ", ").append("'mac=00:16:3e:")
                    .append(String.format("%02x:%02x:%02x", random.nextInt(128), random.nextInt(256), random.nextInt(256)))
                    .append(",bridge=xenbr").append(v).append("'");
        }
        out.append(" ]\n");
        out.append("on_poweroff = \"destroy\"\non_reboot = \"restart\"\non_crash = \"")
                .append(pick(random, "restart", "preserve", "coredump-restart")).append("\"\n");
        if (random.nextBoolean()) {
            out.append("cpu_weight = ").append(128 << random.nextInt(3)).append("\ncap = 0\n");
        }
        return out.toString();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
