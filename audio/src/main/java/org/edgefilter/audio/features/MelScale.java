package org.edgefilter.audio.features;

/** Conversions between Hz and mel. */
public enum MelScale {
  /**
   * Slaney's Auditory Toolbox scale (librosa's default, htk=False): linear below 1 kHz at 3 mel per
   * 200 Hz, logarithmic above with 27 mel per factor 6.4, so 1000 Hz = 15 mel.
   */
  SLANEY {
    @Override
    public double hzToMel(double hz) {
      return hz < BREAK_HZ ? hz / HZ_PER_MEL : BREAK_MEL + Math.log(hz / BREAK_HZ) / LOG_STEP;
    }

    @Override
    public double melToHz(double mel) {
      return mel < BREAK_MEL ? mel * HZ_PER_MEL : BREAK_HZ * Math.exp(LOG_STEP * (mel - BREAK_MEL));
    }
  },
  /** The HTK scale (O'Shaughnessy 1987): mel = 2595 log10(1 + f / 700). */
  HTK {
    @Override
    public double hzToMel(double hz) {
      return 2595.0 * Math.log10(1.0 + hz / 700.0);
    }

    @Override
    public double melToHz(double mel) {
      return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
    }
  };

  private static final double HZ_PER_MEL = 200.0 / 3.0;
  private static final double BREAK_HZ = 1000.0;
  private static final double BREAK_MEL = BREAK_HZ / HZ_PER_MEL;
  private static final double LOG_STEP = Math.log(6.4) / 27.0;

  /** Frequency in Hz to mel. */
  public abstract double hzToMel(double hz);

  /** Mel to frequency in Hz. */
  public abstract double melToHz(double mel);
}
