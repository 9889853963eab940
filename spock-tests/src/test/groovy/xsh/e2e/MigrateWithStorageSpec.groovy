package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

import static xsh.e2e.DomainLifecycleSpec.row

/**
 * {@code migrate --with-storage} through bin/xsh between two embedded hosts, which share no
 * storage: a guest with a zvol disk and a disk file in a filesystem moves with its datasets,
 * and without them it cannot be built at the target and runs on here.
 */
class MigrateWithStorageSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        new File(xsh.workDir, 'vmlinuz').bytes = new byte[4096]
        new File(xsh.workDir, 'db.cfg').text = """\
name = "db"
type = "pv"
kernel = "${new File(xsh.workDir, 'vmlinuz').absolutePath}"
memory = 64
disk = [ 'phy:/dev/zvol/zroot/db-disk,xvda,w', '/zroot/vm/db-data.img,raw,xvdb,rw' ]
"""
        def made = xsh.run('-c', 'host create h2; zfs create -V 32M zroot/db-disk; zfs create zroot/vm; '
                + 'truncate -s 16M /zroot/vm/db-data.img; create -q db.cfg')
        assert made.exitCode == 0: made
    }

    RunResult on(String host, String... words) {
        def r = xsh.run(['--host', host] + (words as List) as String[])
        assert r.exitCode == 0: r
        r
    }

    List<String> datasets(String host) {
        on(host, 'zfs', 'list', '-H', '-o', 'name', '-t', 'all').stdoutLines
    }

    List<String> domains(String host) {
        on(host, 'list').stdoutLines.drop(1).collect { it.split(/\s+/)[0] }
    }

    def "without --with-storage the target cannot build it: the disk is missing there; db runs on here, exit 1"() {
        when:
        def r = xsh.run('migrate', 'db', 'local:h2')

        then:
        r.exitCode == 1
        r.stderrLines.contains('Migration failed, resuming at sender.')
        r.stderrLines.any { it.startsWith('migration target: Domain creation failed') }
        row(on('default', 'list'), 'db').state ==~ /[r-][b-]----/
        domains('h2') == ['Domain-0']
        !datasets('h2').any { it.startsWith('zroot/db-disk') || it.startsWith('zroot/vm') }
    }

    def "--with-storage: the zvol and the filesystem go along; db runs there on them; no migration snapshot is left"() {
        when:
        def r = xsh.run('migrate', '--with-storage', '--json', 'db', 'local:h2')

        then:
        r.exitCode == 0
        def report = new JsonSlurper().parseText(r.stdout)
        report.storage_bytes > 0
        report.bytes > report.storage_bytes
        domains('default') == ['Domain-0']
        row(on('h2', 'list'), 'db').state ==~ /[r-][b-]----/
        datasets('h2').containsAll(['zroot/db-disk', 'zroot/vm'])
        on('h2', 'zfs', 'list', '-H', '-o', 'name,volsize', 'zroot/db-disk').stdout == 'zroot/db-disk\t32M\n'
        !datasets('h2').any { it.contains('@') }

        and: 'the source keeps its datasets, without the migration\'s snapshots'
        datasets('default').containsAll(['zroot/db-disk', 'zroot/vm'])
        !datasets('default').any { it.contains('@') }
    }

    def "a dataset the target already has is never overwritten: one line naming it, db runs on here, exit 1"() {
        given:
        on('h2', 'zfs', 'create', '-V', '8M', 'zroot/db-disk')

        when:
        def r = xsh.run('migrate', '--with-storage', 'db', 'local:h2')

        then:
        r.exitCode == 1
        r.stderrLines.contains('migration target: dataset zroot/db-disk exists on this host; --with-storage will not overwrite it')
        r.stderrLines.contains('Migration failed, resuming at sender.')
        row(on('default', 'list'), 'db').state ==~ /[r-][b-]----/
        domains('h2') == ['Domain-0']
        on('h2', 'zfs', 'list', '-H', '-o', 'name,volsize', 'zroot/db-disk').stdout == 'zroot/db-disk\t8M\n'
        !datasets('h2').contains('zroot/vm')
        !datasets('default').any { it.contains('@') }
    }
}
