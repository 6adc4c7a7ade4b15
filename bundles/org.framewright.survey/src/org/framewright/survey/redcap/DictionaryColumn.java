package org.framewright.survey.redcap;

/** The 18 columns of a REDCap data dictionary, in order, with the headers REDCap writes and expects. */
enum DictionaryColumn {
	VARIABLE("Variable / Field Name"),
	FORM("Form Name"),
	SECTION_HEADER("Section Header"),
	FIELD_TYPE("Field Type"),
	FIELD_LABEL("Field Label"),
	CHOICES("Choices, Calculations, OR Slider Labels"),
	FIELD_NOTE("Field Note"),
	VALIDATION("Text Validation Type OR Show Slider Number"),
	VALIDATION_MIN("Text Validation Min"),
	VALIDATION_MAX("Text Validation Max"),
	IDENTIFIER("Identifier?"),
	BRANCHING_LOGIC("Branching Logic (Show field only if...)"),
	REQUIRED("Required Field?"),
	ALIGNMENT("Custom Alignment"),
	QUESTION_NUMBER("Question Number (surveys only)"),
	MATRIX_GROUP("Matrix Group Name"),
	MATRIX_RANKING("Matrix Ranking?"),
	ANNOTATION("Field Annotation");

	final String header;

	DictionaryColumn(String header) {
		this.header = header;
	}
}
