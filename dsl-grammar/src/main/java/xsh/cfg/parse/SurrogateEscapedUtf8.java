package xsh.cfg.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

/**
 * UTF-8 that loses no byte: each byte of an invalid sequence becomes the lone surrogate
 * U+DC80..U+DCFF (as Python's surrogateescape), and encoding turns those back into the
 * same bytes. A config value is bytes to Xen; this keeps it so through a round trip.
 */
public final class SurrogateEscapedUtf8 {

    private static final char ESCAPE_BASE = 0xDC00;

    private SurrogateEscapedUtf8() {
    }

    /** Decodes bytes held one per char (ISO-8859-1), the form the lexer reads. */
    public static String decodeLatin1(String bytes) {
        if (isAscii(bytes)) {
            return bytes;
        }
        return decode(bytes.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put((char) (ESCAPE_BASE | (in.get() & 0xFF)));
                }
            }
        }
        out.flip();
        return out.toString();
    }

    public static byte[] encode(String text) {
        if (isAscii(text)) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean escaped = i < text.length() && isEscapedByte(text.charAt(i));
            if (i == text.length() || escaped) {
                if (i > runStart) {
                    byte[] run = text.substring(runStart, i).getBytes(StandardCharsets.UTF_8);
                    out.write(run, 0, run.length);
                }
                if (escaped) {
                    out.write(text.charAt(i) & 0xFF);
                }
                runStart = i + 1;
            }
        }
        return out.toByteArray();
    }

    /** True for the chars that stand for a byte that was not valid UTF-8. */
    public static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
