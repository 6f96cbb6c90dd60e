package vn.atr.domain;

/** The kind of a direction document, as its number's abbreviation says (KH, CV, QĐ, CT...). */
public enum DocumentKind {
    PLAN, OFFICIAL_LETTER, DECISION, DIRECTIVE, INSTRUCTION, NOTICE, PROGRAMME, OTHER
}
