package xsh.shell.docs

import org.asciidoctor.Asciidoctor
import org.asciidoctor.Options
import org.asciidoctor.SafeMode
import picocli.CommandLine
import picocli.codegen.docgen.manpage.ManPageGenerator
import xsh.shell.XshCommand

/**
 * xsh's man pages, from the live command table: {@code xsh.1} and one page per command
 * ({@code xsh-list.1}, {@code xsh-zfs-snapshot.1}...), as git has them. picocli writes each page
 * as AsciiDoc and asciidoctor turns it into roff. This runs at build time only ({@code mvn -Pman},
 * and the specs), because asciidoctor needs JRuby, which xsh.jar should not carry nor start.
 */
class ManPages {

    /** {@code ManPages DIR}: writes the roff pages into DIR and their AsciiDoc sources into DIR/adoc. */
    static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException('usage: ManPages DIR')
        }
        File dir = new File(args[0])
        List<File> pages = write(XshCommand.table(), dir)
        println "${pages.size()} man pages in ${dir}; read them with: man -l ${pages.first()}"
    }

    /** Writes the pages of {@code table}'s commands into {@code dir}; returns the roff files, xsh.1 first. */
    static List<File> write(CommandLine table, File dir) {
        File sources = new File(dir, 'adoc')
        sources.mkdirs()
        int status = ManPageGenerator.generateManPage(sources, null, new boolean[0], true, table.commandSpec)
        if (status != 0) {
            throw new IllegalStateException("picocli could not write the man pages' AsciiDoc (status ${status})")
        }
        keepCustomSynopsisLines(table, sources)
        List<File> pages = []
        Asciidoctor.Factory.create().withCloseable { asciidoctor ->
            sources.listFiles().findAll { it.name.endsWith('.adoc') }.sort { it.name.length() }.each { source ->
                asciidoctor.convertFile(source, Options.builder()
                        .backend('manpage').toDir(dir).safe(SafeMode.UNSAFE).build())
                pages << new File(dir, source.name.replaceAll(/\.adoc$/, '.1'))
            }
        }
        pages
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
