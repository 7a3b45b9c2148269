package com.foretaste.infrastructure.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Sends bytes exactly as given (headers with bytes outside ASCII, bodies no HTTP client would
 * build), and reads the whole answer: what a hostile client does.
 */
final class RawHttp {

    record Answer(int status, String headers, String body) {
    }

    private RawHttp() {
    }

    static Answer post(int port, String path, String user, String password, Map<String, byte[]> headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
                    + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            headers.forEach((name, value) -> {
                request.writeBytes((name + ": ").getBytes(StandardCharsets.ISO_8859_1));
                request.writeBytes(value);
                request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            });
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(body);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            int split = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String head = new String(answer, 0, split < 0 ? answer.length : split, StandardCharsets.ISO_8859_1);
            byte[] rest = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(answer, split + 4, answer.length);
            int status = Integer.parseInt(head.substring(9, 12));
            byte[] content = head.toLowerCase().contains("transfer-encoding: chunked") ? unchunk(rest) : rest;
            return new Answer(status, head, new String(content, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
