package xsh.shell

import java.nio.file.Files
import java.nio.file.Path
import org.sqlite.SQLiteJDBCLoader
import org.sqlite.util.LibraryLoaderUtil
import spock.lang.Specification
import spock.lang.TempDir

/** SQLite's JNI library kept in bin/xsh's cache, so that starts load it in place. */
class SqliteLibraryCacheSpec extends Specification {

    @TempDir
    Path cache

    static byte[] libraryInJar() {
        def resource = LibraryLoaderUtil.nativeLibResourcePath + '/' + LibraryLoaderUtil.nativeLibName
        SQLiteJDBCLoader.getResourceAsStream(resource).withCloseable { it.bytes }
    }

    def "the library is copied whole into the directory, which is made for it"() {
        given:
        def dir = cache.resolve('key-stamp-sqlite')

        expect:
        SqliteLibraryCache.export(dir)
        Files.list(dir).withCloseable { it.toList() } == [dir.resolve(LibraryLoaderUtil.nativeLibName)]
        Files.readAllBytes(dir.resolve(LibraryLoaderUtil.nativeLibName)) == libraryInJar()
        Files.list(cache).withCloseable { it.toList() } == [dir]
    }

    def "a directory that is there already is left as it is, and nothing else is left behind"() {
        given:
        def dir = Files.createDirectory(cache.resolve('key-stamp-sqlite'))
        Files.writeString(dir.resolve('mine'), 'x')

        expect:
        !SqliteLibraryCache.export(dir)
        Files.list(dir).withCloseable { it.toList() } == [dir.resolve('mine')]
        Files.list(cache).withCloseable { it.toList() } == [dir]
    }

    def "the training takes a directory for the library, or none"() {
        expect:
        Training.isRequested(args as String[]) == requested

        where:
        args                          | requested
        ['--train']                   | true
        ['--train', '/cache/lib']     | true
        ['--train', 'a', 'b']         | false
        ['-c', '--train']             | false
        []                            | false
    }
}
