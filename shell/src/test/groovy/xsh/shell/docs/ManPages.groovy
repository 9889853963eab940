package xsh.shell.docs

import picocli.CommandLine
import picocli.codegen.docgen.manpage.ManPageGenerator
import xsh.shell.XshCommand

/**
 * xsh's man pages, from the live command table: {@code xsh.1} and one page per command
 * ({@code xsh-list.1}, {@code xsh-zfs-snapshot.1}...), as git has them. picocli writes each page
 * as AsciiDoc and asciidoctor turns it into roff. This runs at build time only ({@code mvn -Pman},
 * and the specs), because asciidoctor needs JRuby, which xsh.jar should not carry nor start;
 * asciidoctorj is on the classpath only with the man profile, so it is looked up by name.
 */
class ManPages {

    static final String ASCIIDOCTOR = 'org.asciidoctor.Asciidoctor$Factory'

    /** {@code ManPages DIR}: writes the roff pages into DIR and their AsciiDoc sources into DIR/adoc. */
    static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException('usage: ManPages DIR')
        }
        File dir = new File(args[0])
        List<File> pages = toRoff(writeSources(XshCommand.table(), new File(dir, 'adoc')), dir)
        println "${pages.size()} man pages in ${dir}; read them with: man -l ${pages.first()}"
    }

    /** Whether asciidoctorj is on the classpath (the man profile). */
    static boolean canWriteRoff() {
        try {
            Class.forName(ASCIIDOCTOR)
            true
        } catch (ClassNotFoundException ignored) {
            false
        }
    }

    /** Writes the AsciiDoc pages of {@code table}'s commands into {@code dir}; returns them, xsh.adoc first. */
    static List<File> writeSources(CommandLine table, File dir) {
        dir.mkdirs()
        int status = ManPageGenerator.generateManPage(dir, null, new boolean[0], true, table.commandSpec)
        if (status != 0) {
            throw new IllegalStateException("picocli could not write the man pages' AsciiDoc (status ${status})")
        }
        keepCustomSynopsisLines(table, dir)
        dir.listFiles().findAll { it.name.endsWith('.adoc') }.sort { it.name.length() }
    }

    /** Converts each AsciiDoc page into roff in {@code dir}; returns the roff files in the same order. */
    static List<File> toRoff(List<File> sources, File dir) {
        def asciidoctor = Class.forName(ASCIIDOCTOR).create()
        try {
            def options = Class.forName('org.asciidoctor.Options').builder().backend('manpage').toDir(dir)
                    .safe(Class.forName('org.asciidoctor.SafeMode').UNSAFE).build()
            sources.collect { source ->
                asciidoctor.convertFile(source, options)
                new File(dir, source.name.replaceAll(/\.adoc$/, '.1'))
            }
        } finally {
            asciidoctor.close()
        }
    }

    /**
     * A synopsis written by hand in several lines (xsh's: with a command, or with -c) is several
     * forms of the command; picocli writes its lines as one AsciiDoc paragraph, which man would
     * run together, so each line but the last ends with AsciiDoc's hard line break.
     */
    private static void keepCustomSynopsisLines(CommandLine commandLine, File sources) {
        def spec = commandLine.commandSpec
        if (spec.usageMessage().customSynopsis().length > 1) {
            File page = new File(sources, "${spec.qualifiedName('-')}.adoc")
            page.text = page.text.replaceFirst(/(?s)(== Synopsis\n\n)(.*?)(\n\n)/) { all, String head, String body, String tail ->
                head + body.readLines()*.trim().join(' +\n') + tail
            }
        }
        commandLine.subcommands.values().each { keepCustomSynopsisLines(it, sources) }
    }
}
