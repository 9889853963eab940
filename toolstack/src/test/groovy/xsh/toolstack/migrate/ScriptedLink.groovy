package xsh.toolstack.migrate

/** A receiver that only says what it is given to say, and hears what the sender writes. */
class ScriptedLink implements MigrationLink {

    final InputStream replies
    final ByteArrayOutputStream heard = new ByteArrayOutputStream()
    boolean wasCut

    ScriptedLink(byte[] replies) {
        this.replies = new ByteArrayInputStream(replies)
    }

    @Override
    InputStream fromReceiver() { replies }

    @Override
    OutputStream toReceiver() { heard }

    @Override
    String command() { 'exec ssh target xl migrate-receive' }

    @Override
    void cut() { wasCut = true }

    @Override
    void close() {}
}
