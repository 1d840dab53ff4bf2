namespace Nesting.Jobs;

/// <summary>Turns job names into folder and file names.</summary>
public static class FileNames
{
    /// <summary><paramref name="name"/> with every character but letters, digits, '-', '_' and '.' replaced by '_'.</summary>
    public static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
