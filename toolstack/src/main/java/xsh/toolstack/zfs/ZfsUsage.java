package xsh.toolstack.zfs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * zfs's usage texts, as {@code zfs} prints them on a usage error: the whole command table for
 * {@code zfs} alone or an unknown command, one command's synopsis otherwise, followed by the
 * property table for the commands that take properties.
 */
public final class ZfsUsage {

    /** Each command's synopsis, in the order of zfs's command table; {@code null} is a blank line. */
    private static final String[][] TABLE = {
        {"create", "\tcreate [-p] [-o property=value] ... <filesystem>\n"
                + "\tcreate [-ps] [-b blocksize] [-o property=value] ... -V <size> <volume>\n"},
        {"destroy", "\tdestroy [-rRf] <filesystem|volume>\n\tdestroy [-rRd] <snapshot>\n"},
        null,
        {"snapshot", "\tsnapshot [-r] [-o property=value] ... <filesystem@snapname|volume@snapname>\n"},
        {"rollback", "\trollback [-rRf] <snapshot>\n"},
        {"clone", "\tclone [-p] [-o property=value] ... <snapshot> <filesystem|volume>\n"},
        {"promote", "\tpromote <clone-filesystem>\n"},
        // zfs's own text lacks the final newline; the blank line after it in the table supplies it
        {"rename", "\trename <filesystem|volume|snapshot> <filesystem|volume|snapshot>\n"
                + "\trename -p <filesystem|volume> <filesystem|volume>\n"
                + "\trename -r <snapshot> <snapshot>"},
        null,
        {"list", "\tlist [-rH][-d max] [-o property[,...]] [-t type[,...]] [-s property] ...\n"
                + "\t    [-S property] ... [filesystem|volume|snapshot] ...\n"},
        null,
        {"set", "\tset <property=value> <filesystem|volume|snapshot> ...\n"},
        {"get", "\tget [-rHp] [-d max] [-o \"all\" | field[,...]] [-s source[,...]]\n"
                + "\t    <\"all\" | property[,...]> [filesystem|volume|snapshot] ...\n"},
        {"inherit", "\tinherit [-rS] <property> <filesystem|volume|snapshot> ...\n"},
        {"upgrade", "\tupgrade [-v]\n\tupgrade [-r] [-V version] <-a | filesystem ...>\n"},
        {"userspace", "\tuserspace [-hniHp] [-o field[,...]] [-sS field] ... [-t type[,...]]\n"
                + "\t    <filesystem|snapshot>\n"},
        {"groupspace", "\tgroupspace [-hniHpU] [-o field[,...]] [-sS field] ... [-t type[,...]]\n"
                + "\t    <filesystem|snapshot>\n"},
        null,
        {"mount", "\tmount\n\tmount [-vO] [-o opts] <-a | filesystem>\n"},
        {"unmount", "\tunmount [-f] <-a | filesystem|mountpoint>\n"},
        {"share", "\tshare <-a | filesystem>\n"},
        {"unshare", "\tunshare <-a | filesystem|mountpoint>\n"},
        null,
        {"send", "\tsend [-RDp] [-[iI] snapshot] <snapshot>\n"},
        {"receive", "\treceive [-vnF] <filesystem|volume|snapshot>\n\treceive [-vnF] -d <filesystem>\n"},
        null,
        {"allow", "\tallow <filesystem|volume>\n"
                + "\tallow [-ldug] <\"everyone\"|user|group>[,...] <perm|@setname>[,...]\n"
                + "\t    <filesystem|volume>\n"
                + "\tallow [-ld] -e <perm|@setname>[,...] <filesystem|volume>\n"
                + "\tallow -c <perm|@setname>[,...] <filesystem|volume>\n"
                + "\tallow -s @setname <perm|@setname>[,...] <filesystem|volume>\n"},
        null,
        {"unallow", "\tunallow [-rldug] <\"everyone\"|user|group>[,...]\n"
                + "\t    [<perm|@setname>[,...]] <filesystem|volume>\n"
                + "\tunallow [-rld] -e [<perm|@setname>[,...]] <filesystem|volume>\n"
                + "\tunallow [-r] -c [<perm|@setname>[,...]] <filesystem|volume>\n"
                + "\tunallow [-r] -s @setname [<perm|@setname>[,...]] <filesystem|volume>\n"},
        null,
        {"hold", "\thold [-r] <tag> <snapshot> ...\n"},
        {"holds", "\tholds [-r] <snapshot> ...\n"},
        {"release", "\trelease [-r] <tag> <snapshot> ...\n"},
    };

    private static final Map<String, String> SYNOPSES = new LinkedHashMap<>();

    static {
        for (String[] row : TABLE) {
            if (row != null) {
                SYNOPSES.put(row[0], row[1]);
            }
        }
    }

    private static final String PROPERTIES =
            "\n" +
            "The following properties are supported:\n" +
            "\n" +
            "\tPROPERTY       EDIT  INHERIT   VALUES\n" +
            "\n" +
            "\tavailable        NO       NO   <size>\n" +
            "\tcompressratio    NO       NO   <1.00x or higher if compressed>\n" +
            "\tcreation         NO       NO   <date>\n" +
            "\tdefer_destroy    NO       NO   yes | no\n" +
            "\tmounted          NO       NO   yes | no\n" +
            "\torigin           NO       NO   <snapshot>\n" +
            "\treferenced       NO       NO   <size>\n" +
            "\ttype             NO       NO   filesystem | volume | snapshot\n" +
            "\tused             NO       NO   <size>\n" +
            "\tusedbychildren   NO       NO   <size>\n" +
            "\tusedbydataset    NO       NO   <size>\n" +
            "\tusedbyrefreservation  NO       NO   <size>\n" +
            "\tusedbysnapshots  NO       NO   <size>\n" +
            "\tuserrefs         NO       NO   <count>\n" +
            "\taclinherit      YES      YES   discard | noallow | restricted | passthrough | passthrough-x\n" +
            "\taclmode         YES      YES   discard | groupmask | passthrough\n" +
            "\tatime           YES      YES   on | off\n" +
            "\tcanmount        YES       NO   on | off | noauto\n" +
            "\tcasesensitivity  NO      YES   sensitive | insensitive | mixed\n" +
            "\tchecksum        YES      YES   on | off | fletcher2 | fletcher4 | sha256\n" +
            "\tcompression     YES      YES   on | off | lzjb | gzip | gzip-[1-9] | zle\n" +
            "\tcopies          YES      YES   1 | 2 | 3\n" +
            "\tdedup           YES      YES   on | off | verify | sha256[,verify]\n" +
            "\tdevices         YES      YES   on | off\n" +
            "\texec            YES      YES   on | off\n" +
            "\tlogbias         YES      YES   latency | throughput\n" +
            "\tmlslabel        YES      YES   <sensitivity label>\n" +
            "\tmountpoint      YES      YES   <path> | legacy | none\n" +
            "\tnbmand          YES      YES   on | off\n" +
            "\tnormalization    NO      YES   none | formC | formD | formKC | formKD\n" +
            "\tprimarycache    YES      YES   all | none | metadata\n" +
            "\tquota           YES       NO   <size> | none\n" +
            "\treadonly        YES      YES   on | off\n" +
            "\trecordsize      YES      YES   512 to 128k, power of 2\n" +
            "\trefquota        YES       NO   <size> | none\n" +
            "\trefreservation  YES       NO   <size> | none\n" +
            "\treservation     YES       NO   <size> | none\n" +
            "\tsecondarycache  YES      YES   all | none | metadata\n" +
            "\tsetuid          YES      YES   on | off\n" +
            "\tsharenfs        YES      YES   on | off | share(1M) options\n" +
            "\tsharesmb        YES      YES   on | off | sharemgr(1M) options\n" +
            "\tsnapdir         YES      YES   hidden | visible\n" +
            "\tutf8only         NO      YES   on | off\n" +
            "\tversion         YES       NO   1 | 2 | 3 | 4 | current\n" +
            "\tvolblocksize     NO      YES   512 to 128k, power of 2\n" +
            "\tvolsize         YES       NO   <size>\n" +
            "\tvscan           YES      YES   on | off\n" +
            "\txattr           YES      YES   on | off\n" +
            "\tzoned           YES      YES   on | off\n" +
            "\tuserused@...     NO       NO   <size>\n" +
            "\tgroupused@...    NO       NO   <size>\n" +
            "\tuserquota@...   YES       NO   <size> | none\n" +
            "\tgroupquota@...  YES       NO   <size> | none\n" +
            "\n" +
            "Sizes are specified in bytes with standard units such as K, M, G, etc.\n" +
            "\n" +
            "User-defined properties can be specified by using a name containing a colon (:).\n" +
            "\n" +
            "The {user|group}{used|quota}@ properties must be appended with\n" +
            "a user or group specifier of one of these forms:\n" +
            "    POSIX name      (eg: \"matt\")\n" +
            "    POSIX id        (eg: \"126829\")\n" +
            "    SMB name@domain (eg: \"matt@sun\")\n" +
            "    SMB SID         (eg: \"S-1-234-567-89\")\n";

    private static final String NO_PROPERTIES = "\nFor the property list, run: zfs set|get\n"
            + "\nFor the delegated permission list, run: zfs allow|unallow\n";

    private ZfsUsage() {
    }

    /** Whether zfs has a command of this name (recv is receive's alias, resolved before). */
    public static boolean isCommand(String name) {
        return SYNOPSES.containsKey(name);
    }

    /** A command's synopsis lines, tab-indented, as the usage shows them. */
    public static Optional<String> synopsis(String command) {
        return Optional.ofNullable(SYNOPSES.get(command));
    }

    /** What {@code zfs} prints for a usage error outside any command: every command. */
    public static String full() {
        StringBuilder text = new StringBuilder("usage: zfs command args ...\n"
                + "where 'command' is one of the following:\n\n");
        for (String[] row : TABLE) {
            text.append(row == null ? "\n" : row[1]);
        }
        text.append("\nEach dataset is of the form: pool/[dataset/]*dataset[@name]\n");
        return text.append(NO_PROPERTIES).toString();
    }

    /** What {@code zfs COMMAND} prints for a usage error: its synopsis, then the properties or where to find them. */
    public static String of(String command) {
        String synopsis = SYNOPSES.get(command);
        if (synopsis == null) {
            return full();
        }
        boolean properties = switch (command) {
            case "set", "get", "inherit", "list" -> true;
            default -> false;
        };
        return "usage:\n" + synopsis + (properties ? PROPERTIES : NO_PROPERTIES);
    }
}
