package vn.atr.domain;

/** Prevention topics that an activity may be integrated with ("lồng ghép"). */
public enum Topic {
    DRUGS, PROSTITUTION, HIV_AIDS
}
