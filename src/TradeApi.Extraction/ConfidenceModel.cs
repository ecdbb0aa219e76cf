namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 242 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.1699;
    public const double Floor = 0.00;
    public static readonly double[] Weights = [0.0335, -0.9234, 0.2245, 0.9703, -1.1664, 0.9415, -0.3925, -1.0818, 0.0347, 0.0347, 0.4139, -0.1838, -0.2934, -0.5452, 0.9514, 0.2315, 0.8792, -0.3314, 0.3615, -0.2409, 0.0994, 0.2439, 0.0000];
}
