package xsh.bench.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import xsh.hv.Hypervisor;
import xsh.toolstack.migrate.MigrationLink;
import xsh.toolstack.migrate.MigrationReceiver;
import xsh.toolstack.migrate.ReceiverFlags;

/** A receiver on another embedded host in this process, on a thread, through two pipes. */
final class InProcessLink implements MigrationLink {

    private final Pipe toReceiver;
    private final Pipe fromReceiver;
    private final Thread receiver;
    private final InputStream in;
    private final OutputStream out;
    private volatile RuntimeException failure;

    InProcessLink(Hypervisor target, Path home) {
        try {
            toReceiver = Pipe.open();
            fromReceiver = Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        in = Channels.newInputStream(fromReceiver.source());
        out = Channels.newOutputStream(toReceiver.sink());
        MigrationReceiver receiving = new MigrationReceiver(target, home);
        receiver = new Thread(() -> {
            try {
                receiving.receive(ReceiverFlags.DEFAULT, Channels.newInputStream(toReceiver.source()),
                        Channels.newOutputStream(fromReceiver.sink()), line -> { });
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                closeQuietly(toReceiver.source());
                closeQuietly(fromReceiver.sink());
            }
        }, "migration receiver");
        receiver.start();
    }

    @Override
    public InputStream fromReceiver() {
        return in;
    }

    @Override
    public OutputStream toReceiver() {
        return out;
    }

    @Override
    public String command() {
        return "in-process receiver";
    }

    @Override
    public void cut() {
        close();
    }

    @Override
    public void close() {
        closeQuietly(toReceiver.sink());
        closeQuietly(fromReceiver.source());
        try {
            receiver.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            System.err.println("receiver: " + failure.getMessage());
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
