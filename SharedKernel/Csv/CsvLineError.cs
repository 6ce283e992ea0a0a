namespace SalesSuite.SharedKernel.Csv;

/// <summary>A line the reader could not take apart (e.g. an unclosed quote); <see cref="Key"/> is a kernel resource key.</summary>
public sealed record CsvLineError(int Line, string Key);
