namespace SalesSuite.Goals.Contracts;

/// <summary>One key action of a target's backward decomposition: the action type's code and how many must happen.</summary>
public sealed record KeyActionQuantity(string ActionCode, int Quantity);
