using System.Runtime.InteropServices;

namespace OpenTalent.Text.Titles;

/// <summary>Length-prefixed arrays of primitives and strings, written as raw little-endian bytes so loading is a copy.</summary>
internal static class ModelIo
{
    /// <summary>Arrays longer than this in a model file mean the file is damaged, not a real model.</summary>
    private const int MaxLength = 100_000_000;

    public static void WriteInts(BinaryWriter writer, int[] values) => WriteArray(writer, values);

    public static void WriteFloats(BinaryWriter writer, float[] values) => WriteArray(writer, values);

    public static void WriteLongs(BinaryWriter writer, ulong[] values) => WriteArray(writer, values);

    public static void WriteBytes(BinaryWriter writer, byte[] values) => WriteArray(writer, values);

    public static int[] ReadInts(BinaryReader reader) => ReadArray<int>(reader);

    public static float[] ReadFloats(BinaryReader reader) => ReadArray<float>(reader);

    public static ulong[] ReadLongs(BinaryReader reader) => ReadArray<ulong>(reader);

    public static byte[] ReadBytes(BinaryReader reader) => ReadArray<byte>(reader);

    public static void WriteStrings(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[ReadLength(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var values = new T[ReadLength(reader)];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        var read = 0;
        while (read < bytes.Length)
        {
            var n = reader.Read(bytes[read..]);
            if (n == 0)
            {
                throw new EndOfStreamException("The title model ends early.");
            }

            read += n;
        }

        return values;
    }

    private static int ReadLength(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return length is < 0 or > MaxLength ? throw new InvalidDataException($"Corrupt title model: array length {length}.") : length;
    }
}
