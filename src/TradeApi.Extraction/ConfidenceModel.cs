namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 397 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.4691;
    public const double Floor = 0.00;
    public static readonly double[] Weights = [0.2688, -0.7521, 0.3636, 0.7969, -1.2127, 0.5147, -0.3071, -1.0736, 0.2374, 0.2374, 0.3416, -0.0700, -0.3319, -0.2966, 0.9572, 0.1657, 0.8650, -0.1552, 0.4909, -0.3226, 0.3789, -0.0845, 0.0000];
}
