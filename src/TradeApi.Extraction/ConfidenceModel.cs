namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 124 facts of the dev and real-dev corpora.
internal static class ConfidenceModel
{
    public const double Intercept = 4.8182;
    public static readonly double[] Weights = [0.6736, 0.2864, 0.1752, -0.2668, 0.1034, 0.0000, -0.4676, 0.5248, -0.3608, -0.3608, -1.0532, 0.1643, 0.0114, -0.4447, -0.5001, 0.0822, -0.0068, -0.3263, -0.3724, 0.0364, 0.4115, 0.2882, 0.0124];
}
