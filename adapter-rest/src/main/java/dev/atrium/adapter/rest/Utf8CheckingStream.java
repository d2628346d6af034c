package dev.atrium.adapter.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.atrium.domain.DomainException;

/**
 * Passes a body through unchanged while checking that it is well-formed UTF-8 (RFC 3629): Jackson
 * decodes overlong forms ({@code C0 AF} as {@code /}), encoded surrogates and code points past
 * U+10FFFF without complaint, so a check of the text after decoding would come too late. The first
 * malformed byte fails the read with a 400 naming its offset.
 */
final class Utf8CheckingStream extends FilterInputStream {

    private long offset;
    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** The range the next continuation byte must lie in; narrower than 80..BF right after E0, ED, F0 and F4. */
    private int low = 0x80;
    private int high = 0xBF;

    Utf8CheckingStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        } else {
            checkEnd();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int start, int length) throws IOException {
        int n = super.read(buffer, start, length);
        for (int i = 0; i < n; i++) {
            check(buffer[start + i] & 0xFF);
        }
        if (n < 0) {
            checkEnd();
        }
        return n;
    }

    private void check(int b) throws IOException {
        if (pending > 0) {
            if (b < low || b > high) {
                fail();
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            start(b);
        }
        offset++;
    }

    private void start(int b) throws IOException {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            fail();
        }
    }

    private void checkEnd() throws IOException {
        if (pending > 0) {
            fail();
        }
    }

    private void fail() throws IOException {
        String message = "The request body is not valid UTF-8 (at byte " + offset + ").";
        throw new IOException(message, DomainException.invalid(message));
    }
}
