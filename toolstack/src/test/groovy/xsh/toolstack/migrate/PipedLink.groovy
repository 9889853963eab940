package xsh.toolstack.migrate

import java.nio.channels.Channels
import java.nio.channels.Pipe
import java.util.concurrent.CopyOnWriteArrayList
import java.util.function.LongConsumer
import xsh.hv.DomainInfo
import xsh.hv.Hypervisor

/**
 * Two embedded hosts in one process: the receiver runs on a thread of its own on the target
 * host, its stdin and stdout two pipes. What the sender writes can pass a meter on its way
 * (the time a real link takes to carry it), and a fault can cut the stream after a given
 * number of bytes, as a dropped link or a dead receiver would.
 */
class PipedLink implements MigrationLink {

    final Pipe toPipe = Pipe.open()
    final Pipe fromPipe = Pipe.open()
    final List<String> targetLines = new CopyOnWriteArrayList<>()
    final Thread receiverThread
    volatile DomainInfo received
    volatile Throwable receiverFailure
    TargetProbe probe
    /** Hears of every byte count the sender writes. */
    LongConsumer meter = { long n -> } as LongConsumer
    /** The sender's stream breaks once this many bytes have gone (-1: never). */
    long cutAfter = -1
    /** The receiver is killed (no clean-up: an {@link Killed} error) once it has read this many bytes (-1: never). */
    long receiverDiesAfter = -1
    long sent
    boolean wasCut

    private final OutputStream sink = Channels.newOutputStream(toPipe.sink())
    private final InputStream source = Channels.newInputStream(fromPipe.source())

    PipedLink(Hypervisor target, File home, ReceiverFlags flags) {
        def receiver = new MigrationReceiver(target, home.toPath())
        def input = new FilterInputStream(Channels.newInputStream(toPipe.source())) {
            long read

            @Override
            int read() {
                byte[] one = new byte[1]
                read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF
            }

            @Override
            int read(byte[] b, int off, int len) {
                if (receiverDiesAfter >= 0 && read + len > receiverDiesAfter) {
                    len = (int) (receiverDiesAfter - read)
                    if (len <= 0) {
                        throw new Killed()
                    }
                }
                int n = super.read(b, off, len)
                if (n > 0) {
                    read += n
                }
                n
            }
        }
        def output = Channels.newOutputStream(fromPipe.sink())
        receiverThread = Thread.start('migration receiver') {
            try {
                received = receiver.receive(flags, input, output, { String line -> targetLines << line })
            } catch (Throwable e) {
                receiverFailure = e
            } finally {
                toPipe.source().close()
                fromPipe.sink().close()
            }
        }
    }

    @Override
    InputStream fromReceiver() {
        source
    }

    @Override
    OutputStream toReceiver() {
        new OutputStream() {
            @Override
            void write(int b) {
                write([(byte) b] as byte[], 0, 1)
            }

            @Override
            void write(byte[] b, int off, int len) {
                if (cutAfter >= 0 && sent + len > cutAfter) {
                    int part = (int) Math.max(0, cutAfter - sent)
                    sink.write(b, off, part)
                    sent += part
                    cut()
                    throw new IOException('Broken pipe')
                }
                sink.write(b, off, len)
                sent += len
                meter.accept(len)
            }
        }
    }

    @Override
    String command() {
        'exec ssh target xl migrate-receive'
    }

    @Override
    void cut() {
        wasCut = true
        toPipe.sink().close()
        fromPipe.source().close()
        receiverThread.join(60_000)
    }

    @Override
    Optional<TargetProbe> probe() {
        Optional.ofNullable(probe)
    }

    @Override
    void close() {
        toPipe.sink().close()
        fromPipe.source().close()
        receiverThread.join(60_000)
    }

    /** The replies from the receiver stop, as a link that drops does. */
    void dropReplies() {
        fromPipe.sink().close()
    }

    /** Waits for the receiver to end. */
    PipedLink joined() {
        receiverThread.join(60_000)
        assert !receiverThread.alive
        this
    }
}

/** A process killed where it stood: nothing it would do on a failure runs. */
class Killed extends Error {
    Killed() {
        super('killed')
    }
}
