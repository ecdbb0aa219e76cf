namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 260 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.2554;
    public const double Floor = 0.00;
    public static readonly double[] Weights = [0.0515, -0.8422, 0.4007, 0.8434, -0.9810, 0.7373, -0.1929, -0.9511, 0.1025, 0.1025, 0.5311, -0.1511, -0.3281, -0.7717, 0.9291, 0.2362, 0.7390, -0.2010, 0.4444, -0.2932, 0.0936, 0.2033, 0.0000];
}
