package com.foretaste.domain.shared;

/** What a principal may do on behalf of its organisation (domain.md, "Parties and roles"). */
public enum Role {
    LICENSOR,
    LICENSEE,
    GUARANTOR,
    INSURER,
    OPERATOR,
    AUDITOR
}
