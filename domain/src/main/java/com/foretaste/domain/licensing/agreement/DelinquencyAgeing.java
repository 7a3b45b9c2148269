package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.InvalidValueException;

import java.util.List;
import java.util.Optional;

/**
 * Sorts overdue amounts into buckets by days past due. The buckets are configuration; each starts
 * at a day count and runs to the next one's start, the last without end. The default is
 * 1-30, 31-60, 61-90, 91-180 and over 180 days.
 */
public record DelinquencyAgeing(List<Integer> bucketStarts) {

    public static final DelinquencyAgeing DEFAULT = new DelinquencyAgeing(List.of(1, 31, 61, 91, 181));

    public DelinquencyAgeing {
        bucketStarts = List.copyOf(bucketStarts);
        if (bucketStarts.isEmpty() || bucketStarts.get(0) != 1) {
            throw new InvalidValueException("ageing-buckets", "the first ageing bucket starts at 1 day past due");
        }
        for (int i = 1; i < bucketStarts.size(); i++) {
            if (bucketStarts.get(i) <= bucketStarts.get(i - 1)) {
                throw new InvalidValueException("ageing-buckets", "ageing buckets must start at increasing day counts");
            }
        }
    }

    /** The bucket label for a number of days past due ("1-30", "181+"), or empty when not overdue. */
    public Optional<String> bucketFor(long daysPastDue) {
        if (daysPastDue < 1) {
            return Optional.empty();
        }
        for (int i = bucketStarts.size() - 1; i >= 0; i--) {
            if (daysPastDue >= bucketStarts.get(i)) {
                return Optional.of(label(i));
            }
        }
        throw new IllegalStateException("unreachable: the first bucket starts at 1");
    }

    /** The position of a label among the buckets, to tell a move up from a move down. */
    public int rank(String label) {
        for (int i = 0; i < bucketStarts.size(); i++) {
            if (label(i).equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The days past due at which an amount now in bucket {@code label} (null: in none yet) moves up,
     * or empty when it sits in the last bucket. A label these buckets do not know counts as none.
     */
    public Optional<Integer> nextBucketStart(String label) {
        int next = label == null ? 0 : rank(label) + 1;
        return next < bucketStarts.size() ? Optional.of(bucketStarts.get(next)) : Optional.empty();
    }

    private String label(int i) {
        int start = bucketStarts.get(i);
        return i == bucketStarts.size() - 1 ? start + "+" : start + "-" + (bucketStarts.get(i + 1) - 1);
    }
}
