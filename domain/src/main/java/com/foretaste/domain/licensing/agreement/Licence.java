package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A licence in force or ended: its term, the ledger of what is owed, royalties reported, licence
 * years whose minimum royalty was settled, equity swaps, and a pending request to end it by consent.
 */
public record Licence(LocalDate proposedOn, DateRange trial, LocalDate licensedOn, boolean converted, DateRange term,
                      Ledger ledger, List<RoyaltyReport> royalties, Set<Integer> closedYears,
                      List<EquitySwap> swaps, OrganisationId terminationProposedBy) {

    public Licence {
        royalties = List.copyOf(royalties);
        closedYears = Collections.unmodifiableSortedSet(new TreeSet<>(closedYears));
        swaps = List.copyOf(swaps);
    }

    public boolean revenueReported() {
        return royalties.stream().anyMatch(r -> r.netSales().isPositive());
    }

    public Optional<EquitySwap> swap(String swapId) {
        return swaps.stream().filter(s -> s.swapId().equals(swapId)).findFirst();
    }

    /** The date licence year {@code year} (1, 2, ...) ends, exclusive. */
    public LocalDate yearEnd(int year) {
        return term.start().plusYears(year);
    }

    /** How many licence years the term has begun, the last one possibly cut short by the term's end. */
    public int licenceYears() {
        int years = 0;
        while (yearEnd(years).isBefore(term.endExclusive())) {
            years++;
        }
        return years;
    }

    /** The day licence year {@code year} closes: its anniversary, or the term's end when that comes first. */
    public LocalDate yearClose(int year) {
        LocalDate anniversary = yearEnd(year);
        return anniversary.isAfter(term.endExclusive()) ? term.endExclusive() : anniversary;
    }

    /** Whether every licence year is closed, where a minimum royalty makes closing one count. */
    public boolean allYearsClosed(Terms terms) {
        RoyaltyTerms royalty = terms.price().royalty();
        return royalty == null || royalty.minimumAnnualRoyalty() == null || closedYears.size() >= licenceYears();
    }

    public Licence withLedger(Ledger newLedger) {
        return new Licence(proposedOn, trial, licensedOn, converted, term, newLedger, royalties, closedYears, swaps,
                terminationProposedBy);
    }

    Licence withRoyalty(RoyaltyReport report) {
        List<RoyaltyReport> more = new ArrayList<>(royalties);
        more.add(report);
        return new Licence(proposedOn, trial, licensedOn, converted, term, ledger, more, closedYears, swaps,
                terminationProposedBy);
    }

    Licence withClosedYear(int year) {
        Set<Integer> more = new TreeSet<>(closedYears);
        more.add(year);
        return new Licence(proposedOn, trial, licensedOn, converted, term, ledger, royalties, more, swaps,
                terminationProposedBy);
    }

    Licence withSwap(EquitySwap swap) {
        List<EquitySwap> changed = new ArrayList<>(swaps.stream().filter(s -> !s.swapId().equals(swap.swapId())).toList());
        changed.add(swap);
        return new Licence(proposedOn, trial, licensedOn, converted, term, ledger, royalties, closedYears, changed,
                terminationProposedBy);
    }

    Licence withTerminationProposedBy(OrganisationId organisation) {
        return new Licence(proposedOn, trial, licensedOn, converted, term, ledger, royalties, closedYears, swaps,
                organisation);
    }
}
