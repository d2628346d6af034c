package dev.atrium.app.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a README's {@code # ->} line accepts, and what it refuses. */
class AnswerShapeTest {

    @Test
    void jsonMustHaveTheShownKeysAndNoOthersUnlessTheReadmeSaysMore() {
        assertThat(AnswerShape.of("{\"id\":\"rs-1\",\"name\":\"Skates\"}").mismatch("{\"id\":\"rs-1\",\"name\":\"Skates\"}"))
                .isEmpty();
        assertThat(AnswerShape.of("{\"id\":\"rs-1\"}").mismatch("{\"id\":\"rs-1\",\"name\":\"Skates\"}"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("\"name\""));
        assertThat(AnswerShape.of("{\"id\":\"rs-1\",...}").mismatch("{\"id\":\"rs-1\",\"name\":\"Skates\"}")).isEmpty();
        assertThat(AnswerShape.of("{\"id\":\"rs-1\",...,\"name\":\"Skates\",...}")
                .mismatch("{\"id\":\"rs-1\",\"price\":1,\"name\":\"Skates\"}")).isEmpty();
        assertThat(AnswerShape.of("{\"id\":\"rs-1\",\"name\":\"Skates\",...}").mismatch("{\"id\":\"rs-1\"}"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("no key \"name\""));
    }

    @Test
    void statusesAndOtherValuesMustBeTheShownOnes() {
        AnswerShape refused = AnswerShape.of("{\"status\":400,\"reason\":\"Validation failed. ...\",...}");
        assertThat(refused.mismatch("{\"status\":400,\"reason\":\"Validation failed. 'number' is required.\",\"errors\":[]}"))
                .isEmpty();
        assertThat(refused.mismatch("{\"status\":404,\"reason\":\"Validation failed. x\"}")).isPresent();
        assertThat(refused.mismatch("{\"status\":400,\"reason\":\"Not found.\"}")).isPresent();
        assertThat(AnswerShape.of("{\"price\":21.0}").mismatch("{\"price\":21}")).isEmpty();
        assertThat(AnswerShape.of("{\"isActive\":true}").mismatch("{\"isActive\":false}")).isPresent();
        assertThat(AnswerShape.of("{\"brandId\":null}").mismatch("{\"brandId\":\"acme\"}")).isPresent();
        assertThat(AnswerShape.of("true").mismatch("false")).isPresent();
        assertThat(AnswerShape.of("true").mismatch("true")).isEmpty();
    }

    @Test
    void idsDateTimesAndTokensAreComparedByTheirFormOnly() {
        AnswerShape shown = AnswerShape.of("{\"id\":\"01a24a60-a1ef-727b-9826-227c610e8b90\",\"createdAt\":\"2026-12-06 08:03:54\","
                + "\"token\":\"7f0be5ed8e7409fc0434b5822453fdc0\",\"any\":\"...\"}");
        assertThat(shown.mismatch("{\"id\":\"01a24a61-fcd8-7109-a0d6-7bafc65e2946\",\"createdAt\":\"2027-01-31 23:59:59\","
                + "\"token\":\"0123456789abcdef0123456789abcdef\",\"any\":[1]}")).isEmpty();
        assertThat(shown.mismatch("{\"id\":\"rs-1\",\"createdAt\":\"2027-01-31 23:59:59\","
                + "\"token\":\"0123456789abcdef0123456789abcdef\",\"any\":1}")).isPresent();
        assertThat(shown.mismatch("{\"id\":\"01a24a61-fcd8-7109-a0d6-7bafc65e2946\",\"createdAt\":\"2027-01-31\","
                + "\"token\":\"0123456789abcdef0123456789abcdef\",\"any\":1}")).isPresent();
    }

    @Test
    void arraysHaveTheShownElementsAndMoreOnlyWhereTheReadmeSaysSo() {
        assertThat(AnswerShape.of("[{\"status\":\"Created\",...}]").mismatch("[{\"status\":\"Created\",\"stored\":true}]"))
                .isEmpty();
        assertThat(AnswerShape.of("[{\"status\":\"Created\",...}]").mismatch("[{\"status\":\"Failed\",\"stored\":false}]"))
                .isPresent();
        assertThat(AnswerShape.of("[1]").mismatch("[1,2]")).isPresent();
        assertThat(AnswerShape.of("[1,...]").mismatch("[1,2]")).isEmpty();
        assertThat(AnswerShape.of("[1,2,...]").mismatch("[1]")).isPresent();
        assertThat(AnswerShape.of("{\"list\":[...]}").mismatch("{\"list\":[]}")).isEmpty();
    }

    @Test
    void anAnswerThatIsNotTheShownJsonIsRefused() {
        assertThat(AnswerShape.of("{\"total\":0,\"list\":[]}").mismatch("")).isPresent();
        assertThat(AnswerShape.of("{\"total\":0,\"list\":[]}").mismatch("curl: (3) bad range in URL")).isPresent();
        assertThat(AnswerShape.of("true").mismatch("true\ntrue")).isPresent();
    }

    @Test
    void textIsComparedWithEllipsesForAnythingAndBlanksForAnyBlanks() {
        assertThat(AnswerShape.of("ETag: \"2\"").mismatch("ETag: \"2\"\r\n")).isEmpty();
        assertThat(AnswerShape.of("ETag: \"2\"").mismatch("ETag: \"3\"")).isPresent();
        assertThat(AnswerShape.of("YWRtaW46...").mismatch("YWRtaW46N2YwYmU1ZWQ4ZTc0MDlmYzA0MzRiNTgyMjQ1M2ZkYzA=")).isEmpty();
        assertThat(AnswerShape.of("YWRtaW46...").mismatch("c2hvcC1mZWVkOjk3ZjI4")).isPresent();
        assertThat(AnswerShape.of("openapi: 3.1.0\n  info:\n    title: Atrium").mismatch("openapi: 3.1.0\ninfo:\n  title: Atrium"))
                .isEmpty();
        assertThat(AnswerShape.of("304").mismatch("200")).isPresent();
    }
}
