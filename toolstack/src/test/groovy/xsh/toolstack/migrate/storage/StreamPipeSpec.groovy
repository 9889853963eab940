package xsh.toolstack.migrate.storage

import spock.lang.Specification

/** The pipe between the records and the storage's receive: bounded, and either side may give up. */
class StreamPipeSpec extends Specification {

    def "the reader sees every byte written, in order, then the end"() {
        given:
        def pipe = new StreamPipe()
        byte[] read = null
        def reader = Thread.start { read = pipe.readAllBytes() }

        when:
        (1..10).each { pipe.write([it, it + 1] as byte[]) }
        pipe.end()
        reader.join()

        then:
        read == (1..10).collectMany { [it, it + 1] } as byte[]
    }

    def "a writer waiting for a reader that is behind fails when the stream is cut, and so does the reader"() {
        given:
        def pipe = new StreamPipe()
        Throwable writerFailure = null
        def writer = Thread.start {
            try {
                100.times { pipe.write(new byte[16]) }
            } catch (IOException e) {
                writerFailure = e
            }
        }

        when:
        pipe.cut()
        writer.join()
        pipe.read(new byte[1], 0, 1)

        then:
        writerFailure instanceof IOException
        thrown(IOException)
    }

    def "a writer fails once the reader has stopped"() {
        given:
        def pipe = new StreamPipe()
        pipe.close()

        when:
        pipe.write(new byte[1])

        then:
        def e = thrown(IOException)
        e.message == 'the receiving side stopped reading'
    }
}
