namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 421 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.3685;
    public const double Floor = 0.00;
    public static readonly double[] Weights = [0.2378, -0.5862, 0.3767, 0.7676, -1.1801, 0.6086, -0.2598, -1.1796, 0.2560, 0.2560, 0.1892, 0.1158, -0.3784, -0.5098, 0.9118, -0.4254, 0.8775, -0.0797, 0.4488, -0.3736, 0.2941, -0.1808, 0.0000];
}
