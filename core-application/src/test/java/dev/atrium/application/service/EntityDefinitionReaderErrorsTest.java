package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.atrium.domain.metadata.DefinitionException;

class EntityDefinitionReaderErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        UnknownKey.json           | the definition has unknown key 'feilds'
        UnknownEntityType.json    | unknown entity type 'Document'
        NotAnObject.json          | the definition must be a JSON object
        UnknownFieldKey.json      | field 'title' has unknown key 'requried'
        UnknownFieldType.json     | field 'title' has unknown type 'string'
        FieldWithoutType.json     | field 'title' has no 'type'
        FlagNotBoolean.json       | field 'title' required must be true or false
        FractionalMaxLength.json  | field 'title' maxLength must be a whole number
        UnknownLinkType.json      | link 'maker' has unknown type 'belongsToMany'
        LinkWithoutEntity.json    | link 'maker' needs 'type' and 'entity'
        DuplicateFieldKey.json    | Duplicate field 'title'
        InvalidEnumDefault.json   | field 'status' has an invalid default: 'status' must be one of [draft, done]
        InvalidIntDefault.json    | field 'stock' has an invalid default: 'stock' must not be less than 0
        RepeatedOption.json       | field 'status' repeats an option
        InvalidPattern.json       | field 'code' pattern is not a valid regular expression
        OnlyDeletedInIndex.json   | unique index 'byNothing' names no attribute besides 'deleted'
        UnknownCollectionKey.json | 'collection' has unknown key 'order'
        Malformed.json            | not valid JSON
        TrailingBrace.json        | not valid JSON
        NotJson.txt               | an entity definition must be a .json file
        """)
    void refusesADefinitionNamingTheFileAndTheProblem(String file, String problem) {
        URL resource = getClass().getResource("definitions/invalid/" + file);
        assertThat(resource).as("fixture %s", file).isNotNull();

        DefinitionException failure = catchThrowableOfType(DefinitionException.class,
                () -> EntityDefinitionReader.read(resource, "fixtures"));

        assertThat(failure).as("failure for %s", file).isNotNull();
        assertThat(failure.getMessage()).startsWith("module 'fixtures', ").contains("definitions/invalid/" + file + ": ")
                .contains(problem);
    }
}
