package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.Money;

/**
 * What the obligor pledged to the guarantor against the guarantee: usually the licensed patent, or the equity
 * stake of a swap. {@code subject} names it (a patent number, a stake); {@code appraisedValue} may be null.
 * Its enforcement after an honoured call is a source of recovery.
 */
public record CounterGuarantee(Kind kind, String subject, Money appraisedValue) {

    public enum Kind { PATENT_PLEDGE, EQUITY_PLEDGE, OTHER }
}
