namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 1287 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.9440;
    public const double Floor = 0.15;
    public static readonly double[] Weights = [0.4036, -0.5346, 0.6817, 0.9219, -0.6096, 0.4750, -0.3955, -0.7177, 0.0342, -0.1936, 0.3870, -0.3622, -0.3753, 0.2119, 0.0567, -0.1626, 0.8754, -0.0963, 1.0440, -0.1219, 0.0049, -0.0566, 0.0000];
}
