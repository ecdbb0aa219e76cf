namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 766 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.5494;
    public const double Floor = 0.05;
    public static readonly double[] Weights = [0.3372, -0.6752, 0.6143, 0.9485, -0.9154, 0.7209, -0.2954, -0.9100, 0.3409, 0.3409, 0.3391, -0.3918, -0.3926, -0.2157, 0.3447, -0.6418, 0.6810, 0.2854, 0.4043, 0.3651, 0.1878, -0.0017, 0.0000];
}
