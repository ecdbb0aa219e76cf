namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 123 facts of the dev and real-dev corpora.
internal static class ConfidenceModel
{
    public const double Intercept = 6.1336;
    public static readonly double[] Weights = [0.0958, 0.0278, 0.1040, 0.1316, 0.0062, 0.0000, 0.0388, 0.0744, 0.0854, 0.0854, 0.0378, 0.0213, 0.0015, 0.0338, 0.0149, 0.0132, 0.1592, 0.0388, 0.0291, 0.0083, 0.0286, 0.0303, 0.0019];
}
